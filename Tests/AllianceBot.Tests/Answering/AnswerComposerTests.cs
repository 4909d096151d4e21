using AllianceBot.Testing.Facts;

namespace AllianceBot.Tests.Answering;

public sealed class AnswerComposerTests
{
    [Fact]
    public void Compose_Article5NotInvokedWithHistory_LeadsWithNoAndTheHistory()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("Has Article 5 been invoked?");

        Assert.StartsWith("No.", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("after the attacks of 2001", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Article5OnlyInvoked_LeadsWithYes()
    {
        using var fixture = new AnsweringFixture([FixtureFacts.Invoked, FixtureFacts.Jets]);

        Assert.StartsWith("Yes.", fixture.Answer("Has Article 5 been invoked?").Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TroopsDeniedInAStatement_LeadsWithNoAndTheQuote()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("Are there allied troops in Moldova?");

        Assert.StartsWith("No, according to Mira Halvorsen", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("no allied combat troops in Moldova", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ReportedDeploymentToTheCountry_LeadsWithYes()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("Are there troops going to Romania?");

        Assert.StartsWith("Yes.", answer.Lead, StringComparison.Ordinal);
        Assert.Equal(FixtureFacts.Jets.Id, answer.Facts[0].Id);
    }

    [Fact]
    public void Compose_WhichCountriesRequestedArticle4_NamesTheRequesters()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("Which countries requested Article 4 consultations?");

        Assert.StartsWith("Lithuania and Latvia requested Article 4 consultations", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WhereIsCountrySending_NamesDestinations()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("Where is Germany sending troops?");

        Assert.Contains("Germany: armoured brigade to Lithuania", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_HowBig_LeadsWithTheSize()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("How big is the German brigade?");

        Assert.StartsWith("about 5,000 soldiers", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WhatDidPersonSay_QuotesTheNewestStatementFirst()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("What did Halvorsen say?");

        Assert.StartsWith("Mira Halvorsen said “There are no allied combat troops in Moldova”", answer.Lead, StringComparison.Ordinal);
        Assert.Equal(2, answer.Facts.Count);
    }

    [Fact]
    public void Compose_NothingRelevant_SaysSoAndSuggestsQuestionsThatWork()
    {
        using var fixture = new AnsweringFixture();

        var answer = fixture.Answer("What is the weather on Mars?");

        Assert.False(answer.Found);
        Assert.Contains("I don't know", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("Has Article 5 been invoked?", answer.Suggestions);
        Assert.Contains("What did Halvorsen say?", answer.Suggestions);
    }

    [Fact]
    public void Compose_MoreMatchesThanShown_CountsTheRest()
    {
        var many = Enumerable.Range(1, 12).Select(i => FixtureFacts.Jets with { Id = $"jets-{i}", Summary = $"Jets batch {i} sent." });
        using var fixture = new AnsweringFixture(many);

        var answer = fixture.Answer("fighter jets");

        Assert.Equal(8, answer.Facts.Count);
        Assert.Equal(4, answer.MoreCount);
    }
}
