using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Id).HasValueGeneratorFactory<UuidV7GeneratorFactory>();
        builder.Property(a => a.ApiKeyName).HasMaxLength(Limits.Name);
        builder.Property(a => a.Resource).HasMaxLength(Limits.FieldName);
        // The trail is read by record (?resource=&id=) and by time (?from=&to=), newest or oldest first.
        builder.HasIndex(a => new { a.Resource, a.RecordId, a.At });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.ApiKeyId);
    }
}
