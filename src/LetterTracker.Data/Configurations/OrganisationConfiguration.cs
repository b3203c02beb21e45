using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.Name);
        builder.Property(o => o.City).HasMaxLength(Limits.Place);
        builder.Property(o => o.Country).HasMaxLength(Limits.Place);
        builder.Property(o => o.Website).HasMaxLength(Limits.Url);
        builder.Property(o => o.Email).HasMaxLength(Limits.Email);
        builder.HasIndex(o => new { o.Name, o.Id });
        builder.HasIndex(o => o.Country);
        builder.HasIndex(o => o.Kind);
    }
}
