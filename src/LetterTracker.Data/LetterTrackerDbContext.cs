using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Data;

public sealed class LetterTrackerDbContext(DbContextOptions<LetterTrackerDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<CasualtyFigure> CasualtyFigures => Set<CasualtyFigure>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<Dispatch> Dispatches => Set<Dispatch>();
    public DbSet<DispatchEvent> DispatchEvents => Set<DispatchEvent>();
    public DbSet<DispatchTally> DispatchTallies => Set<DispatchTally>();
    public DbSet<AwaitingReplyTally> AwaitingReplyTallies => Set<AwaitingReplyTally>();
    public DbSet<ReplyDelayTally> ReplyDelayTallies => Set<ReplyDelayTally>();
    public DbSet<AwaitingReplyDayTally> AwaitingReplyDayTallies => Set<AwaitingReplyDayTally>();
    public DbSet<LetterTally> LetterTallies => Set<LetterTally>();
    public DbSet<LetterDispatchTally> LetterDispatchTallies => Set<LetterDispatchTally>();
    public DbSet<AwaitingReplyTotal> AwaitingReplyTotals => Set<AwaitingReplyTotal>();
    public DbSet<AppliedSeed> AppliedSeeds => Set<AppliedSeed>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<OverdueScan> OverdueScans => Set<OverdueScan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LetterTrackerDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            var entity = modelBuilder.Entity(entityType.ClrType);
            entity.Property(nameof(Entity.Id)).HasValueGeneratorFactory<UuidV7GeneratorFactory>();
            entity.Property(nameof(Entity.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe to reorder in code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        }
    }
}
