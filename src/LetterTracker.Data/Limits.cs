namespace LetterTracker.Data;

/// <summary>Column lengths, shared with the API's validators so the two never disagree.</summary>
public static class Limits
{
    public const int Name = 300;
    public const int Title = 500;
    public const int Acronym = 40;
    public const int Place = 200;
    public const int Email = 320;
    public const int Url = 2048;
    public const int LanguageTag = 35;
    public const int FieldName = 100;
    public const int Description = 4000;
    public const int Summary = 8000;
    public const int Quote = 4000;
    public const int IdempotencyKey = 200;
}
