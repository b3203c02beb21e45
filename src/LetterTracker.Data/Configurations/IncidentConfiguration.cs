using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(Limits.Title);
        builder.Property(i => i.Country).HasMaxLength(Limits.Place);
        builder.Property(i => i.District).HasMaxLength(Limits.Place);
        builder.Property(i => i.Place).HasMaxLength(Limits.Place);
        builder.Property(i => i.Description).HasMaxLength(Limits.Description);
        builder.HasIndex(i => new { i.Country, i.District });
        builder.HasIndex(i => i.District);
        builder.HasIndex(i => new { i.OccurredFrom, i.Id });
        builder.HasIndex(i => i.OccurredTo);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Incidents_OccurredRange", "\"OccurredFrom\" <= \"OccurredTo\"");
            t.HasCheckConstraint("CK_Incidents_Killed", "\"Killed\" IS NULL OR \"Killed\" >= 0");
            t.HasCheckConstraint("CK_Incidents_Injured", "\"Injured\" IS NULL OR \"Injured\" >= 0");
        });
    }
}
