namespace LetterTracker.Api.Common;

/// <summary>What every response record exposes: paging needs the id, the ETag needs the version.</summary>
public interface IResource
{
    Guid Id { get; }
    long Version { get; }
}
