using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(Limits.Title);
        builder.Property(s => s.Outlet).HasMaxLength(Limits.Name);
        builder.Property(s => s.Author).HasMaxLength(Limits.Name);
        // Stored as ISO 8601 text so the offset the document printed survives every provider
        // (PostgreSQL's timestamptz keeps only the instant).
        builder.Property(s => s.PublishedAt).HasConversion<OffsetPreservingConverter>();
        builder.Property(s => s.Attribution).HasMaxLength(Limits.Name);
        builder.Property(s => s.Language).HasMaxLength(Limits.LanguageTag);
        builder.Property(s => s.Url).HasMaxLength(Limits.Url);
        builder.Property(s => s.FileName).HasMaxLength(Limits.Name);
        builder.HasIndex(s => s.FileName);
    }
}
