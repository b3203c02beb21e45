using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Limits.Name);
        builder.Property(r => r.Acronym).HasMaxLength(Limits.Acronym);
        builder.Property(r => r.Country).HasMaxLength(Limits.Place);
        builder.Property(r => r.Email).HasMaxLength(Limits.Email);
        builder.HasOne(r => r.Parent).WithMany(r => r.Children).OnDelete(DeleteBehavior.Restrict);
        // Two bodies may share a name only under different parents (two national branches, say).
        builder.HasIndex(r => new { r.ParentId, r.Name }).IsUnique();
        // Unique indexes treat NULLs as distinct, so top-level bodies need their own.
        builder.HasIndex(r => r.Name).IsUnique().HasFilter("\"ParentId\" IS NULL").HasDatabaseName("IX_Recipients_Name_TopLevel");
        builder.HasIndex(r => new { r.Name, r.Id });
        builder.HasIndex(r => r.Acronym);
        builder.HasIndex(r => r.Kind);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Recipients_ResponseDays", "\"ResponseDays\" IS NULL OR \"ResponseDays\" > 0"));
    }
}
