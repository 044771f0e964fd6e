using Inventory.Api.Languages;

namespace Inventory.Api.Cli;

/// <summary>
/// The language of the console's messages meant for people (the banner, help, <c>org</c>, <c>keys</c>, <c>import</c>):
/// <c>--lang es|pt-BR|en</c>, else the system locale (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>), else English.
/// What programs read (ids, keys, the CSV files) is the same in every language.
/// </summary>
public static class ConsoleTexts
{
    public const string Flag = "--lang";

    /// <summary>The texts of the console's language.</summary>
    public static Texts Current { get; private set; } = Texts.For(Texts.FromEnvironment());

    /// <summary>Takes <c>--lang X</c> (or <c>--lang=X</c>) out of the arguments and makes X the console's language when it is one.</summary>
    public static string[] Take(string[] args)
    {
        var (rest, language) = Parse(args);
        if (language is not null) Current = Texts.For(language);
        return rest;
    }

    /// <summary>The arguments without <c>--lang X</c>, and X when it is a supported language.</summary>
    public static (string[] Others, string? Language) Parse(string[] args)
    {
        var rest = new List<string>();
        string? language = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(Flag + "=", StringComparison.Ordinal)) language = Texts.Match(args[i][(Flag.Length + 1)..]) ?? language;
            else if (args[i] == Flag && i + 1 < args.Length) language = Texts.Match(args[++i]) ?? language;
            else rest.Add(args[i]);
        }

        return (rest.ToArray(), language);
    }
}
