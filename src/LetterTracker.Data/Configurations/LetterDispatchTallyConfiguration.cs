using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class LetterDispatchTallyConfiguration : IEntityTypeConfiguration<LetterDispatchTally>
{
    public void Configure(EntityTypeBuilder<LetterDispatchTally> builder)
    {
        builder.ToTable("LetterDispatchTallies");
        builder.HasKey(t => t.LetterId);
        // Written only by the triggers on Dispatches (a letter gets its row with its first dispatch);
        // the row goes with its letter.
        builder.HasOne<Letter>().WithOne(l => l.DispatchTally).HasForeignKey<LetterDispatchTally>(t => t.LetterId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
