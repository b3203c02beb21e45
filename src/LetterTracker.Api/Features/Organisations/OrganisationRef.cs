namespace LetterTracker.Api.Features.Organisations;

/// <summary>Enough of an organisation to show it without another call.</summary>
public sealed record OrganisationRef(Guid Id, string Name);
