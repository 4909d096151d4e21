using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

/// <summary>Speaker coreference, checked through the statements the extractor returns.</summary>
public sealed class SpeakerResolverTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static Fact Statement(IReadOnlyList<Fact> facts, string quoteStart) =>
        facts.Single(f => f.Kind == FactKind.Statement && f.Quote!.StartsWith(quoteStart, StringComparison.Ordinal));

    [Fact]
    public void Resolve_Surname_GivesTheFullNameAsIntroduced()
    {
        var facts = Extraction.FactsOf("Defence Minister Ingrid Solberg visited the base.\n\n“We are here to stay,” Solberg said.", Published);

        Assert.Equal(("Ingrid Solberg", "Defence Minister"), (Statement(facts, "We are").Speaker, Statement(facts, "We are").Role));
    }

    [Fact]
    public void Resolve_Pronoun_GivesTheLastPersonNamedOutsideQuotes()
    {
        var facts = Extraction.FactsOf("Marta Nowak, a senior analyst at the Baltic Institute, watched the drills. “Nobody expected this many ships,” she said.", Published);

        Assert.Equal("Marta Nowak", Statement(facts, "Nobody").Speaker);
    }

    [Fact]
    public void Resolve_AppositiveRole_BecomesTheRole()
    {
        var facts = Extraction.FactsOf("Marta Nowak, a senior analyst at the Baltic Institute, said “the drills went further than planned.”", Published);

        Assert.Equal("senior analyst at the Baltic Institute", Statement(facts, "the drills").Role);
    }

    [Fact]
    public void Resolve_RoleDescription_GivesThePersonWhoHoldsIt()
    {
        var text = "Norway's defence minister, Ola Berg, met Polish Foreign Minister Piotr Zielinski on Monday.\n\n" +
                   "“The Baltic Sea is calm for now,” the defence minister told reporters.";

        var facts = Extraction.FactsOf(text, Published);

        Assert.Equal("Ola Berg", Statement(facts, "The Baltic").Speaker);
    }

    [Fact]
    public void Resolve_KnownSurnameNeverIntroduced_GivesTheFullName()
    {
        var facts = Extraction.FactsOf("“Allies will not be divided,” Stoltenberg told reporters.", new DateOnly(2022, 3, 1));

        Assert.Equal(("Jens Stoltenberg", "NATO Secretary General"), (Statement(facts, "Allies").Speaker, Statement(facts, "Allies").Role));
    }

    [Fact]
    public void Resolve_Body_IsTheSpeaker()
    {
        var facts = Extraction.FactsOf("The North Atlantic Council, the alliance’s top body, said in a statement that “allies remain united and vigilant.”", Published);

        Assert.Equal("North Atlantic Council", Statement(facts, "allies remain").Speaker);
    }

    [Fact]
    public void Resolve_ItAfterBody_IsThatBody()
    {
        var facts = Extraction.FactsOf("The North Atlantic Council met on Tuesday, and it warned that “any attack will meet a united response.”", Published);

        Assert.Equal("North Atlantic Council", Statement(facts, "any attack").Speaker);
    }

    [Fact]
    public void Resolve_HonorificWithoutPeriod_IsNoPartOfTheName()
    {
        var facts = Extraction.FactsOf("Defence Minister Ingrid Solberg arrived. Mr Berg, her deputy, said “the convoy left at dawn.” Ms Solberg said “we will follow tomorrow.”", Published);

        Assert.Equal("Ingrid Solberg", Statement(facts, "we will follow").Speaker);
    }

    [Fact]
    public void Resolve_NatoInTitleCase_IsNato()
    {
        var facts = Extraction.FactsOf("Nato said in a statement that “allies are watching the border closely.”", Published);

        Assert.Equal("NATO", Statement(facts, "allies are").Speaker);
    }

    [Fact]
    public void Resolve_NameWithParticles_KeepsTheWholeName()
    {
        var facts = Extraction.FactsOf("The plan was approved, Commission President Anna van der Berg said, calling it “a turning point for Europe.”", Published);

        Assert.Equal("Anna van der Berg", Statement(facts, "a turning").Speaker);
    }
}
