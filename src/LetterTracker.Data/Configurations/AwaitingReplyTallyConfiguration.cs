using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

/// <summary>Written only by the triggers on Dispatches (see the DispatchCounterTriggers migrations); a recipient's go with it.</summary>
internal sealed class AwaitingReplyTallyConfiguration : IEntityTypeConfiguration<AwaitingReplyTally>
{
    public void Configure(EntityTypeBuilder<AwaitingReplyTally> builder)
    {
        builder.ToTable("AwaitingReplyTallies", t => t.HasCheckConstraint("CK_AwaitingReplyTallies_Count", "\"Count\" >= 0"));
        builder.HasKey(t => new { t.RecipientId, t.DueOn });
        // No index by DueOn: the overview sums AwaitingReplyDayTallies, and one holding Count would be
        // rewritten by every dispatch created or answered.
        builder.HasOne<Recipient>().WithMany().HasForeignKey(t => t.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
