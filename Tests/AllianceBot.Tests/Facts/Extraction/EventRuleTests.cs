using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class EventRuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static List<Fact> Events(IReadOnlyList<Fact> facts) => facts.Where(f => f.Kind == FactKind.Event).ToList();

    [Fact]
    public void Apply_StateOfEmergencyDeclared_IsEventByThatCountry()
    {
        var fact = Events(Extraction.FactsOf("council-decision")).Single(f => f.Summary.Contains("emergency", StringComparison.Ordinal));

        Assert.Equal("Poland", fact.By);
    }

    [Fact]
    public void Apply_DroneOfACountryCrashed_IsEventByThatCountryOnTheWeekday()
    {
        var fact = Assert.Single(Events(Extraction.FactsOf("romania-article5")));

        Assert.Equal(("Russia", new DateOnly(2024, 9, 8)), (fact.By, fact.Date));
    }

    [Fact]
    public void Apply_WhoDeclaredMartialLaw_IsThePersonJustNamed()
    {
        var text = "The strikes began at dawn, according to Moldovan President Elena Rusu, who declared martial law.";

        var fact = Assert.Single(Events(Extraction.FactsOf(text, Published)));

        Assert.Equal("Elena Rusu", fact.By);
    }

    [Fact]
    public void Apply_AttackInsideAQuote_IsNoEvent()
    {
        Assert.Empty(Events(Extraction.FactsOf("“Russia launched an attack on our friends,” the minister said.", Published)));
    }

    [Fact]
    public void Apply_ConditionalAttack_IsNoEvent()
    {
        Assert.Empty(Events(Extraction.FactsOf("Allies would respond if Russia attacked Lithuania.", Published)));
    }
}
