using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.LastError).HasMaxLength(Limits.Description);
        // Deleting a subscription deletes its log with it.
        builder.HasOne(d => d.Subscription).WithMany(s => s.Deliveries).HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        // The sender's seek: what is pending, in order.
        builder.HasIndex(d => new { d.Status, d.Id });
        // A subscription's log, newest first, and the order of its events about one record.
        builder.HasIndex(d => new { d.SubscriptionId, d.Id });
        builder.HasIndex(d => new { d.SubscriptionId, d.RecordId, d.RecordVersion });
    }
}
