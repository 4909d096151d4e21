namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Cleans article text without moving a character: CR, non-breaking and other odd spaces become plain spaces or
/// line feeds, one for one, so an offset in the normalised text is the same offset in the original and quotes
/// taken from the original stay verbatim.
/// </summary>
internal sealed class TextNormalizer
{
    /// <summary>Returns text of the same length as <paramref name="text"/>, with whitespace made plain.</summary>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Odd) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                buffer[i] = Plain(source, i);
            }
        });
    }

    private static readonly System.Buffers.SearchValues<char> Odd = System.Buffers.SearchValues.Create(
        "\r\t\v\f\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF");

    private static char Plain(string source, int i)
    {
        var c = source[i];
        return c switch
        {
            '\r' => i + 1 < source.Length && source[i + 1] == '\n' ? ' ' : '\n',
            '\u2028' or '\u2029' => '\n',
            _ when Odd.Contains(c) => ' ',
            _ => c,
        };
    }
}
