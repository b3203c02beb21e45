namespace LetterTracker.Api.Common;

/// <summary>Ids and times the Swagger examples share, so one example's references match another's ids.</summary>
public static class Examples
{
    public static readonly Guid Letter = Guid.Parse("0196371c-2a40-7b1e-9c3d-5f2a8e4b6c01");
    public static readonly Guid Organisation = Guid.Parse("0196371c-2a40-7c55-8a41-1d9e0f3b2a02");
    public static readonly Guid Incident = Guid.Parse("0196371c-2a40-7d02-b7e6-3c1a9d5e8f03");
    public static readonly Guid CasualtyFigure = Guid.Parse("0196371c-2a40-7e3f-a0b4-6e2d7c9a1b04");
    public static readonly Guid Recipient = Guid.Parse("0196371c-2a40-7f61-9d8c-4b3e2a1f0c05");
    public static readonly Guid ParentRecipient = Guid.Parse("0196371c-2a40-70a8-8e7d-2c6b5a4f3d06");
    public static readonly Guid Dispatch = Guid.Parse("0196371c-2a40-71c9-b3a2-9f8e7d6c5b07");
    public static readonly Guid Source = Guid.Parse("0196371c-2a40-72d4-a1b2-c3d4e5f6a708");
    public static readonly Guid Citation = Guid.Parse("0196371c-2a40-73e5-b2c3-d4e5f6a7b809");
    public static readonly Guid Event = Guid.Parse("0196371c-2a40-74f6-83d4-e5f6a7b8c90a");
    public static readonly Guid ApiKey = Guid.Parse("0196371c-2a40-7507-94e5-f6a7b8c9d00b");
    public static readonly Guid AuditEntry = Guid.Parse("0196371c-2a40-7618-a5f6-a7b8c9d0e10c");
    public static readonly Guid Webhook = Guid.Parse("0196371c-2a40-7729-b6a7-b8c9d0e1f20d");
    public static readonly Guid WebhookDelivery = Guid.Parse("0196371c-2a40-783a-87b8-c9d0e1f2a30e");

    public static readonly DateTimeOffset Created = new(2025, 4, 15, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Updated = new(2025, 4, 20, 16, 45, 0, TimeSpan.Zero);
}
