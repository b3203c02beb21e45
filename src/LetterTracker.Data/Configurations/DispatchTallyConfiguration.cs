using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class DispatchTallyConfiguration : IEntityTypeConfiguration<DispatchTally>
{
    public void Configure(EntityTypeBuilder<DispatchTally> builder)
    {
        builder.ToTable("DispatchTallies", t => t.HasCheckConstraint("CK_DispatchTallies_Count", "\"Count\" >= 0"));
        builder.HasKey(t => new { t.RecipientId, t.Status });
        // Written only by the triggers on Dispatches; a recipient's counters go with it.
        builder.HasOne<Recipient>().WithMany().HasForeignKey(t => t.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
