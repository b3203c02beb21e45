using System.Reflection;

namespace LetterTracker.Data.Seed;

/// <summary>The two news reports the seed comes from, embedded byte for byte (see the .csproj).</summary>
public static class ReportTexts
{
    public const string CaliberFileName = "000_b8178f21f73d572a.txt";
    public const string AzernewsFileName = "001_8014706026ff67a4.txt";

    public static string Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Reports/{fileName}")
            ?? throw new InvalidOperationException($"The report {fileName} is not embedded in {nameof(LetterTracker)}.Data.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
