using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LetterTracker.Data;

/// <summary>
/// SQLite has no date type and EF Core cannot order or compare DateTimeOffset text there, so
/// instants are stored as UTC ticks: ordered, comparable and indexable.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>PostgreSQL's timestamptz accepts only UTC values from Npgsql; the instant is what counts.</summary>
internal sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v);

/// <summary>ISO 8601 text ("2025-04-14T12:03:00.0000000+04:00"): keeps the offset a document printed.</summary>
internal sealed class OffsetPreservingConverter() : ValueConverter<DateTimeOffset, string>(
    v => v.ToString("O", CultureInfo.InvariantCulture),
    v => DateTimeOffset.Parse(v, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
