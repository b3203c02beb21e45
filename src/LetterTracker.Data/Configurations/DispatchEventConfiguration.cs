using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class DispatchEventConfiguration : IEntityTypeConfiguration<DispatchEvent>
{
    public void Configure(EntityTypeBuilder<DispatchEvent> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(Limits.Description);
        builder.Property(e => e.ResponseSummary).HasMaxLength(Limits.Summary);
        builder.HasOne(e => e.Dispatch).WithMany(d => d.Events).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Source).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ReferredToRecipient).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.DispatchId, e.At });
    }
}
