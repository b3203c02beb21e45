using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace LetterTracker.Data;

/// <summary>Time-ordered UUIDs (version 7) for new records, so ids sort roughly by creation and index well.</summary>
public sealed class UuidV7Generator : ValueGenerator<Guid>
{
    public override bool GeneratesTemporaryValues => false;

    public override Guid Next(EntityEntry entry) => Guid.CreateVersion7();
}

/// <summary>
/// Configures <see cref="UuidV7Generator"/> by factory type (HasValueGeneratorFactory), the form an EF
/// Core compiled model can record; HasValueGenerator's instance factory is a delegate it cannot.
/// </summary>
public sealed class UuidV7GeneratorFactory : ValueGeneratorFactory
{
    public override ValueGenerator Create(IProperty property, ITypeBase typeBase) => new UuidV7Generator();
}
