using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

/// <summary>Written only by the triggers on Dispatches (see the OverviewCounterTriggers migrations); a recipient's goes with it.</summary>
internal sealed class AwaitingReplyTotalConfiguration : IEntityTypeConfiguration<AwaitingReplyTotal>
{
    public void Configure(EntityTypeBuilder<AwaitingReplyTotal> builder)
    {
        builder.ToTable("AwaitingReplyTotals", t => t.HasCheckConstraint("CK_AwaitingReplyTotals_Count", "\"Count\" >= 0"));
        builder.HasKey(t => t.RecipientId);
        builder.HasOne<Recipient>().WithOne().HasForeignKey<AwaitingReplyTotal>(t => t.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
