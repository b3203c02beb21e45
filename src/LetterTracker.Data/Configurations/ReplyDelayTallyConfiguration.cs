using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

/// <summary>Written only by the triggers on Dispatches (see the DispatchCounterTriggers migrations); a recipient's go with it.</summary>
internal sealed class ReplyDelayTallyConfiguration : IEntityTypeConfiguration<ReplyDelayTally>
{
    public void Configure(EntityTypeBuilder<ReplyDelayTally> builder)
    {
        builder.ToTable("ReplyDelayTallies", t => t.HasCheckConstraint("CK_ReplyDelayTallies_Count", "\"Count\" >= 0"));
        builder.HasKey(t => new { t.RecipientId, t.Days });
        builder.HasOne<Recipient>().WithMany().HasForeignKey(t => t.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
