using AllianceBot.Facts.Storage;

namespace AllianceBot.Tests.Facts.Storage;

public sealed class KeyTextTests
{
    [Theory]
    [InlineData("  Jens   Example ", "jens example")]
    [InlineData("a/b\\c#d?e%f", "a%2Fb%5Cc%23d%3Fe%25f")]
    [InlineData("Tab\there", "tab here")]
    public void Normalize_Text_GivesKeySafeLowerCase(string text, string expected)
    {
        Assert.Equal(expected, KeyText.Normalize(text));
    }

    [Fact]
    public void Normalize_LongText_KeepsPrefixAndHashUnderLimit()
    {
        var a = KeyText.Normalize(new string('a', 300) + "1");
        var b = KeyText.Normalize(new string('a', 300) + "2");

        Assert.True(a.Length < 230);
        Assert.NotEqual(a, b);
    }
}
