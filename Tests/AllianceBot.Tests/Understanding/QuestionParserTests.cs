using AllianceBot.Testing.Facts;
using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;
using AllianceBot.Tests.Answering;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.Tests.Understanding;

public sealed class QuestionParserTests
{
    private readonly QuestionParser parser;

    public QuestionParserTests()
    {
        var people = new PeopleDirectory();
        people.Add(FixtureFacts.All);
        parser = new QuestionParser(new TimePhraseParser(new FakeTimeProvider(new DateTimeOffset(2024, 3, 6, 12, 0, 0, TimeSpan.Zero))), people, new FakeCountryFinder());
    }

    [Fact]
    public void Parse_Article5YesNo_RequiresArticle5()
    {
        var question = parser.Parse("Has Article 5 been invoked?");

        Assert.Equal(QuestionForm.YesNo, question.Form);
        Assert.Equal([FactKind.Article5], question.RequiredKinds);
        Assert.Contains("invoked", question.Words);
    }

    [Fact]
    public void Parse_WhichCountriesArticle4_RequiresArticle4Requests()
    {
        var question = parser.Parse("Which countries requested Article IV consultations?");

        Assert.Equal(QuestionForm.WhichCountries, question.Form);
        Assert.Equal([FactKind.Article4Request], question.RequiredKinds);
    }

    [Fact]
    public void Parse_WhatDidLastNameSay_FindsTheKnownPersonAndStatements()
    {
        var question = parser.Parse("What did Halvorsen say this week?");

        Assert.Equal(QuestionForm.WhatSaid, question.Form);
        Assert.Equal(["Mira Halvorsen"], question.People);
        Assert.Equal([FactKind.Statement], question.RequiredKinds);
        Assert.Equal(new DateRange(new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 6)), question.Range);
        Assert.True(question.NewestFirst);
    }

    [Fact]
    public void Parse_TroopsInCountry_PrefersDeploymentsAndFiltersCountry()
    {
        var question = parser.Parse("Are there allied troops in Moldova?");

        Assert.Equal(QuestionForm.YesNo, question.Form);
        Assert.Contains(FactKind.Deployment, question.PreferredKinds);
        Assert.Empty(question.RequiredKinds);
        Assert.Equal(["Moldova"], question.Countries);
    }

    [Fact]
    public void Parse_WhereIsTheUsSending_FindsUnitedStatesAndWhereForm()
    {
        var question = parser.Parse("Where is the US sending troops?");

        Assert.Equal(QuestionForm.Where, question.Form);
        Assert.Equal(["United States"], question.Countries);
    }

    [Fact]
    public void Parse_UnknownName_FindsNoPerson()
    {
        Assert.Empty(parser.Parse("What did Smith say?").People);
    }
}
