using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> builder)
    {
        builder.Property(l => l.Subject).HasMaxLength(Limits.Title);
        builder.Property(l => l.Summary).HasMaxLength(Limits.Summary);
        builder.Property(l => l.Language).HasMaxLength(Limits.LanguageTag);
        // ?status= pages in id order (or after a cursor's id) straight from this index, without sorting
        // every letter of that status.
        builder.HasIndex(l => new { l.Status, l.Id });
        builder.HasIndex(l => new { l.SentOn, l.Id });
        builder.HasIndex(l => l.SentFrom);
        builder.HasIndex(l => l.SentTo);

        // The join rows belong to the letter (they go with it); the organisation, incident or
        // figure on the other side cannot be deleted while a letter still names it.
        builder.HasMany(l => l.Signatories).WithMany(o => o.SignedLetters).UsingEntity(
            "LetterSignatories",
            r => r.HasOne(typeof(Organisation)).WithMany().HasForeignKey("OrganisationId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Letter)).WithMany().HasForeignKey("LetterId").OnDelete(DeleteBehavior.Cascade));
        builder.HasMany(l => l.Incidents).WithMany(i => i.Letters).UsingEntity(
            "LetterIncidents",
            r => r.HasOne(typeof(Incident)).WithMany().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Letter)).WithMany().HasForeignKey("LetterId").OnDelete(DeleteBehavior.Cascade));
        builder.HasMany(l => l.CasualtyFigures).WithMany(f => f.Letters).UsingEntity(
            "LetterCasualtyFigures",
            r => r.HasOne(typeof(CasualtyFigure)).WithMany().HasForeignKey("CasualtyFigureId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Letter)).WithMany().HasForeignKey("LetterId").OnDelete(DeleteBehavior.Cascade));

        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Letters_SentRange", "\"SentFrom\" IS NULL OR \"SentTo\" IS NULL OR \"SentFrom\" <= \"SentTo\""));
    }
}
