using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

/// <summary>Written only by the triggers on Dispatches (see the OverviewCounterTriggers migrations).</summary>
internal sealed class AwaitingReplyDayTallyConfiguration : IEntityTypeConfiguration<AwaitingReplyDayTally>
{
    public void Configure(EntityTypeBuilder<AwaitingReplyDayTally> builder)
    {
        builder.ToTable("AwaitingReplyDayTallies", t => t.HasCheckConstraint("CK_AwaitingReplyDayTallies_Count", "\"Count\" >= 0"));
        builder.HasKey(t => t.DueOn);
    }
}
