using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class DispatchConfiguration : IEntityTypeConfiguration<Dispatch>
{
    public void Configure(EntityTypeBuilder<Dispatch> builder)
    {
        builder.Property(d => d.DeliveryRef).HasMaxLength(Limits.Name);
        builder.HasOne(d => d.Letter).WithMany(l => l.Dispatches).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Recipient).WithMany(r => r.Dispatches).OnDelete(DeleteBehavior.Restrict);
        // A letter goes to a body once; follow-ups are events on that one dispatch.
        builder.HasIndex(d => new { d.LetterId, d.RecipientId }).IsUnique();
        // Per-recipient counts and overdue checks (statistics, ?unanswered=) read this index alone.
        builder.HasIndex(d => new { d.RecipientId, d.Status, d.DueOn });
        builder.HasIndex(d => new { d.Status, d.DueOn });
        // Sorted lists page by (key, id) (Common/Paging/KeysetOrder): a composite index serves both the
        // seek to a cursor and the order, ties included. The same holds for every (field, Id) index.
        builder.HasIndex(d => new { d.DueOn, d.Id });
        builder.HasIndex(d => new { d.SentAt, d.Id });
        builder.HasOne(d => d.ReferredFrom).WithMany().HasForeignKey(d => d.ReferredFromDispatchId).OnDelete(DeleteBehavior.Restrict);
        // Reply-time statistics read a recipient's reply delays in order (for the median).
        builder.HasIndex(d => new { d.RecipientId, d.DaysToFirstReply });
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Dispatches_DaysToFirstReply", "\"DaysToFirstReply\" IS NULL OR \"DaysToFirstReply\" >= 0"));
    }
}
