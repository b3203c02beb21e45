using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

/// <summary>Written only by the triggers on Letters (see the OverviewCounterTriggers migrations).</summary>
internal sealed class LetterTallyConfiguration : IEntityTypeConfiguration<LetterTally>
{
    public void Configure(EntityTypeBuilder<LetterTally> builder)
    {
        builder.ToTable("LetterTallies", t => t.HasCheckConstraint("CK_LetterTallies_Count", "\"Count\" >= 0"));
        builder.HasKey(t => t.Status);
    }
}
