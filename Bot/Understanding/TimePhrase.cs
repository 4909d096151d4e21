namespace AllianceBot.Bot.Understanding;

/// <summary>A time phrase found in text: the period it means and where it stood.</summary>
public sealed record TimePhrase(DateRange Range, int Index, int Length)
{
    /// <summary>The text with the phrase cut out.</summary>
    public string RemoveFrom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', (text[..Index] + " " + text[(Index + Length)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
