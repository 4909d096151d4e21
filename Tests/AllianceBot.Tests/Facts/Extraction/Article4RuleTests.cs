using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class Article4RuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static List<Fact> Requests(IReadOnlyList<Fact> facts) => facts.Where(f => f.Kind == FactKind.Article4Request).ToList();

    [Fact]
    public void Apply_TwoMembersRequestConsultations_NamesBothAsRequesters()
    {
        var request = Assert.Single(Requests(Extraction.FactsOf("baltic-article4")));

        Assert.Equal(["Lithuania", "Latvia"], request.Requesters);
    }

    [Fact]
    public void Apply_RequestOnAWeekday_IsDatedThatDay()
    {
        var request = Assert.Single(Requests(Extraction.FactsOf("baltic-article4")));

        Assert.Equal(new DateOnly(2024, 5, 15), request.Date);
    }

    [Fact]
    public void Apply_GroupOfRequesters_KeepsTheGroupAndOnlyMembersAsCountries()
    {
        var text = "Officials from five Central European and Nordic countries, including Slovakia and Finland, called for talks under Article 4 after drones crossed from Belarus.";

        var request = Assert.Single(Requests(Extraction.FactsOf(text, Published)));

        Assert.Equal("five Central European and Nordic countries", request.RequesterGroup);
        Assert.Equal(["Slovakia", "Finland"], request.Countries);
    }

    [Fact]
    public void Apply_CountryNotYetAMember_IsNoRequester()
    {
        var text = "Estonia and Finland requested consultations under Article 4 of the treaty.";

        var request = Assert.Single(Requests(Extraction.FactsOf(text, new DateOnly(2022, 3, 1))));

        Assert.Equal(["Estonia"], request.Requesters);
    }

    [Fact]
    public void Apply_NoPlansToAsk_IsNoRequest()
    {
        Assert.Empty(Requests(Extraction.FactsOf("norway-minister")));
    }

    [Fact]
    public void Apply_ArticleFourWithoutRequest_IsNoRequest()
    {
        Assert.Empty(Requests(Extraction.FactsOf("Article 4 lets allies discuss any threat to their security.", Published)));
    }

    [Fact]
    public void Apply_ReadyToRequest_IsExpected()
    {
        var request = Assert.Single(Requests(Extraction.FactsOf("Latvia said it was ready to request Article 4 consultations.", Published)));

        Assert.Equal(Certainty.Expected, request.Certainty);
    }

    [Fact]
    public void Apply_ArticleFourOfAConstitution_IsNoRequest()
    {
        Assert.Empty(Requests(Extraction.FactsOf("Estonia's president invoked Article 4 of the constitution to dissolve parliament.", Published)));
    }
}
