using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class CasualtyFigureConfiguration : IEntityTypeConfiguration<CasualtyFigure>
{
    public void Configure(EntityTypeBuilder<CasualtyFigure> builder)
    {
        builder.Property(f => f.Description).HasMaxLength(Limits.Description);
        builder.Property(f => f.PeriodFrom).HasMaxLength(10);
        builder.Property(f => f.ReportedBy).HasMaxLength(Limits.Name);
        builder.HasIndex(f => f.AsOf);
        builder.ToTable(t => t.HasCheckConstraint("CK_CasualtyFigures_Value", "\"Value\" >= 0"));
    }
}
