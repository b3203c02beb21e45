using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class AppliedSeedConfiguration : IEntityTypeConfiguration<AppliedSeed>
{
    public void Configure(EntityTypeBuilder<AppliedSeed> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(Limits.Name);
    }
}
