using Inventory.Api.Languages;

namespace Inventory.Api.Demo;

/// <summary>
/// <c>--demo [es|pt-BR|en]</c> (or <c>--demo=es</c>) on the command line: load the demo company, in that language; plain
/// <c>--demo</c> leaves the language to the system locale (<see cref="Texts.FromEnvironment"/>).
/// </summary>
public static class DemoOption
{
    public const string Flag = "--demo";

    /// <summary>
    /// The arguments without the option, and the language asked: a supported language's tag, <c>""</c> for plain
    /// <c>--demo</c>, null when the option is not there. A word after <c>--demo</c> that is no language stays an argument.
    /// </summary>
    public static (string[] Others, string? Language) Take(string[] args)
    {
        var rest = new List<string>();
        string? language = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(Flag + "=", StringComparison.Ordinal))
            {
                language = Texts.Match(args[i][(Flag.Length + 1)..]) ?? "";
            }
            else if (args[i] == Flag)
            {
                language = i + 1 < args.Length && Texts.Match(args[i + 1]) is { } asked ? asked : "";
                if (language.Length > 0) i++;
            }
            else rest.Add(args[i]);
        }

        return (rest.ToArray(), language);
    }
}
