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
        // A recipient's dispatches in one status (?recipientId=&status=, ?unanswered=), in id order.
        // No index leads with Status alone: SQLite prefers one with an equality on Status IN (...)
        // to the partial indexes below, and would sort every overdue dispatch again.
        builder.HasIndex(d => new { d.RecipientId, d.Status, d.Id });
        // Sorted lists page by (key, id) (Common/Paging/KeysetOrder): a composite index serves both the
        // seek to a cursor and the order, ties included. The same holds for every (field, Id) index.
        builder.HasIndex(d => new { d.DueOn, d.Id });
        builder.HasIndex(d => new { d.SentAt, d.Id });
        // The overdue list (Features/Dispatches/Overdue) seeks these partial indexes of the dispatches
        // awaiting a reply, in its orders (dueOn, or id), across all recipients or within one: the page
        // is read in index order from its first row, where (Status, DueOn) made it sort every overdue row.
        var awaiting = AwaitingReply.Filter();
        builder.HasIndex(d => new { d.DueOn, d.Id }, "IX_Dispatches_AwaitingReply_DueOn").HasFilter(awaiting);
        builder.HasIndex(d => new { d.Id, d.DueOn }, "IX_Dispatches_AwaitingReply_Id").HasFilter(awaiting);
        builder.HasIndex(d => new { d.RecipientId, d.DueOn, d.Id }, "IX_Dispatches_AwaitingReply_RecipientId_DueOn").HasFilter(awaiting);
        builder.HasIndex(d => new { d.RecipientId, d.Id, d.DueOn }, "IX_Dispatches_AwaitingReply_RecipientId_Id").HasFilter(awaiting);
        // A page of letters counts each letter's overdue dispatches (Features/Letters/LetterSummary) from
        // this index alone: one seek per letter, where an index on (LetterId, Status, DueOn) took one per
        // awaited status. Status is there so that SQLite reads no dispatch row to check it.
        builder.HasIndex(d => new { d.LetterId, d.DueOn, d.Status }, "IX_Dispatches_AwaitingReply_LetterId_DueOn").HasFilter(awaiting);
        builder.HasOne(d => d.ReferredFrom).WithMany().HasForeignKey(d => d.ReferredFromDispatchId).OnDelete(DeleteBehavior.Restrict);
        // No index on (RecipientId, DaysToFirstReply): reply-time statistics read ReplyDelayTallies, and each
        // index leading with RecipientId costs a page written per dispatch created (the recipient's place
        // in it is anywhere). The foreign key's lookups use (RecipientId, Status, Id).
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Dispatches_DaysToFirstReply", "\"DaysToFirstReply\" IS NULL OR \"DaysToFirstReply\" >= 0"));
    }
}
