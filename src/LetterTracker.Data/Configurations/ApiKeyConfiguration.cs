using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterTracker.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(Limits.Name);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.SecretPrefix).HasMaxLength(16);
        // Every request with a key looks it up by the secret's hash.
        builder.HasIndex(k => k.SecretHash).IsUnique();
    }
}
