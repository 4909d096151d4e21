namespace AllianceBot.Bot.Understanding;

/// <summary>The shape of a question, which decides how the answer leads.</summary>
public enum QuestionForm
{
    /// <summary>Anything else: show the best facts.</summary>
    Open,

    /// <summary>"Has Article 5 been invoked?", "Are there NATO troops in Ukraine?": lead with yes or no.</summary>
    YesNo,

    /// <summary>"Where is the US sending troops?": lead with the destinations.</summary>
    Where,

    /// <summary>"Which countries requested Article 4?": lead with the countries.</summary>
    WhichCountries,

    /// <summary>"How big is …", "how many …": lead with a size.</summary>
    HowMany,

    /// <summary>"What did Stoltenberg say?": lead with the speaker's statements.</summary>
    WhatSaid,
}
