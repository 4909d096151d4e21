using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class Article5RuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static List<Fact> Stances(IReadOnlyList<Fact> facts) => facts.Where(f => f.Kind == FactKind.Article5).ToList();

    [Fact]
    public void Apply_DidNotInvoke_IsNotInvokedByTheMember()
    {
        var fact = Stances(Extraction.FactsOf("romania-article5")).Single(f => f.Stance == Article5Stance.NotInvoked);

        Assert.Equal("Romania", fact.By);
    }

    [Fact]
    public void Apply_LeaderCallsCommitmentRockSolid_IsCommitmentByThatLeader()
    {
        var fact = Stances(Extraction.FactsOf("romania-article5")).Single(f => f.Stance == Article5Stance.Commitment);

        Assert.Equal(("Klaus Iohannis", new DateOnly(2024, 9, 9)), (fact.By, fact.Date));
    }

    [Fact]
    public void Apply_InvokedOnceInThePast_IsInvokedByNatoWithoutDate()
    {
        var text = "Article 5 commits allies to defend one another. It has been invoked only once, after the attacks of 9/11.";

        var fact = Stances(Extraction.FactsOf(text, Published)).Single(f => f.Stance == Article5Stance.Invoked);

        Assert.Equal(("NATO", (DateOnly?)null), (fact.By, fact.Date));
    }

    [Fact]
    public void Apply_ConditionalInvocation_IsNoStance()
    {
        var text = "Analysts said allies would invoke Article 5 only if a member were attacked directly.";

        Assert.Empty(Stances(Extraction.FactsOf(text, Published)));
    }
}
