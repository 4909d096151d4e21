using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts;

public sealed class FactIdsTests
{
    private static readonly FactSource Source = new("https://example.org/news/1", "Title", "Example Wire", new DateOnly(2024, 3, 1));

    private static Fact Statement(string quote) => new()
    {
        Id = string.Empty,
        Kind = FactKind.Statement,
        Summary = "Someone said something.",
        Speaker = "Anna Example",
        Quote = quote,
        Source = Source,
        Evidence = $"\"{quote},\" Anna Example said.",
    };

    [Fact]
    public void For_SameSourceAndContent_GivesSameId()
    {
        var first = Statement("We stand together");
        var second = first with { IngestedAt = DateTimeOffset.UnixEpoch.AddDays(3), Summary = "Reworded summary." };

        Assert.Equal(FactIds.For(first), FactIds.For(second));
    }

    [Fact]
    public void For_DifferentQuote_GivesDifferentId()
    {
        Assert.NotEqual(FactIds.For(Statement("We stand together")), FactIds.For(Statement("We stand apart")));
    }

    [Fact]
    public void For_SameContentFromAnotherSource_GivesDifferentId()
    {
        var fact = Statement("We stand together");
        var elsewhere = fact with { Source = Source with { Url = "https://example.org/news/2" } };

        Assert.NotEqual(FactIds.For(fact), FactIds.For(elsewhere));
    }
}
