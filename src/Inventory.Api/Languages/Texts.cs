using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Languages;

/// <summary>
/// The texts of one language, from the language files the web app is also served (<c>wwwroot/i18n/{language}.json</c>,
/// embedded in the assembly so the command line has them too): one flat object per language, the same keys in each.
/// Also decides a request's language: the <c>lang</c> cookie, then <c>Accept-Language</c>, then English.
/// </summary>
public sealed class Texts
{
    public const string Cookie = "lang";
    public const string Default = "en";

    /// <summary>The languages there are files for, in the order the language switch lists them.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["en", "es", "pt-BR"];

    private static readonly FrozenDictionary<string, Texts> Loaded =
        Supported.ToFrozenDictionary(language => language, Load, StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, string> entries;

    private Texts(string language, FrozenDictionary<string, string> entries)
    {
        Language = language;
        this.entries = entries;
        Formats = LanguageFormat.For(language);
    }

    /// <summary>The language's tag as the files and the cookie spell it (<c>en</c>, <c>es</c>, <c>pt-BR</c>).</summary>
    public string Language { get; }

    /// <summary>How the language writes numbers, money and dates.</summary>
    public LanguageFormat Formats { get; }

    /// <summary>Every key and its text.</summary>
    public IReadOnlyDictionary<string, string> Entries => entries;

    public static Texts English => Loaded[Default];

    /// <summary>The texts of a supported language (see <see cref="Match"/> for anything a person or a browser may write).</summary>
    public static Texts For(string language) =>
        Loaded.TryGetValue(language, out var texts) ? texts : throw new ArgumentOutOfRangeException(nameof(language), language, "Not a supported language.");

    /// <summary>The texts of the request's language: its <c>lang</c> cookie, then its <c>Accept-Language</c>, then English.</summary>
    public static Texts ForRequest(HttpRequest request) => For(Resolve(request));

    /// <summary>The text of a key; a key no language file has is a programming error (the language file tests catch it).</summary>
    public string this[string key] =>
        entries.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No text \"{key}\" in the {Language} language file.");

    /// <summary>The text of a key with its <c>{name}</c> placeholders replaced, numbers and dates written the language's way.</summary>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var text = new StringBuilder(this[key]);
        foreach (var (name, value) in values)
            text.Replace("{" + name + "}", value is IFormattable formattable ? formattable.ToString(null, Formats) : value?.ToString() ?? "");
        return text.ToString();
    }

    /// <summary>The language of a request: a supported <c>lang</c> cookie, else the best <c>Accept-Language</c> match, else English.</summary>
    public static string Resolve(HttpRequest request) =>
        Match(request.Cookies[Cookie]) ?? FromAcceptLanguage(request.Headers.AcceptLanguage.ToString()) ?? Default;

    /// <summary>The supported language of an <c>Accept-Language</c> header: the first match in order of preference, if any.</summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var ranges = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((range, position) =>
            {
                var parts = range.Split(';', StringSplitOptions.TrimEntries);
                var quality = parts.Skip(1).Where(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
                    .Select(p => double.TryParse(p[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) ? q : 0)
                    .DefaultIfEmpty(1).First();
                return (Tag: parts[0], Quality: quality, Position: position);
            });
        return ranges.Where(r => r.Quality > 0).OrderByDescending(r => r.Quality).ThenBy(r => r.Position)
            .Select(r => Match(r.Tag)).FirstOrDefault(language => language is not null);
    }

    /// <summary>
    /// The supported language a tag asks for: the language itself in any case (<c>PT-br</c>), or its base language
    /// (<c>es-MX</c> → <c>es</c>, <c>en-US</c> → <c>en</c>, <c>pt</c> and <c>pt-PT</c> → <c>pt-BR</c>); null for anything else.
    /// </summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var exact = Supported.FirstOrDefault(s => string.Equals(s, tag, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var primary = tag.Split('-', '_')[0];
        return Supported.FirstOrDefault(s => string.Equals(s.Split('-')[0], primary, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The language of the system, for the command line: the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c> that
    /// is set (the process runs in invariant globalization, so the current culture says nothing), English when none matches.
    /// </summary>
    public static string FromEnvironment() =>
        FromLocale(new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v)));

    /// <summary>The supported language of a POSIX locale (<c>es_ES.UTF-8</c>, <c>pt_BR</c>) or a tag; English when none matches.</summary>
    public static string FromLocale(string? locale) =>
        Match(locale?.Split('.', '@')[0].Replace('_', '-')) ?? Default;

    private static Texts Load(string language)
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream($"i18n/{language}.json")
            ?? throw new InvalidOperationException($"The {language} language file is not embedded in the assembly.");
        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The {language} language file is empty.");
        return new Texts(language, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
