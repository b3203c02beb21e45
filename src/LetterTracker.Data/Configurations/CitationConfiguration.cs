using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.Property(c => c.Quote).HasMaxLength(Limits.Quote);
        builder.Property(c => c.Field).HasMaxLength(Limits.FieldName);

        builder.HasOne(c => c.Source).WithMany(s => s.Citations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Incident).WithMany(i => i.Citations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.CasualtyFigure).WithMany(f => f.Citations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Organisation).WithMany(o => o.Citations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Recipient).WithMany(r => r.Citations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Letter).WithMany(l => l.Citations).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Dispatch).WithMany(d => d.Citations).OnDelete(DeleteBehavior.Restrict);

        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Citations_BacksExactlyOneRecord",
            """
            (CASE WHEN "IncidentId" IS NULL THEN 0 ELSE 1 END
             + CASE WHEN "CasualtyFigureId" IS NULL THEN 0 ELSE 1 END
             + CASE WHEN "OrganisationId" IS NULL THEN 0 ELSE 1 END
             + CASE WHEN "RecipientId" IS NULL THEN 0 ELSE 1 END
             + CASE WHEN "LetterId" IS NULL THEN 0 ELSE 1 END
             + CASE WHEN "DispatchId" IS NULL THEN 0 ELSE 1 END) = 1
            """));
    }
}
