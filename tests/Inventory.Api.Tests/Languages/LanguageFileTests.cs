using System.Text.Json;
using System.Text.RegularExpressions;
using Inventory.Api.Access;
using Inventory.Api.Languages;
using Inventory.Domain.Vocabulary;

namespace Inventory.Api.Tests.Languages;

/// <summary>
/// The language files (src/Inventory.Api/wwwroot/i18n) as written: the same keys in each, sorted, dotted by area, the same
/// placeholders; and every key a page, a script or the server uses is in them, so no text silently falls back to English.
/// </summary>
public sealed partial class LanguageFileTests
{
    private static readonly string[] Areas = ["page", "nav", "vocab", "help", "pack", "error", "console", "csv", "demo"];

    [Fact]
    public void every_language_has_a_file_and_every_file_is_a_supported_language()
    {
        var files = Directory.GetFiles(I18nFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        files.ShouldBe(Texts.Supported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void every_key_is_in_every_language_file()
    {
        var files = Texts.Supported.ToDictionary(language => language, language => ReadKeys(language).Select(k => k.Key).ToHashSet());
        var all = files.Values.SelectMany(keys => keys).ToHashSet();
        var missing = files.SelectMany(f => all.Except(f.Value).Order(StringComparer.Ordinal).Select(key => $"{f.Key}.json lacks \"{key}\"")).ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void keys_are_sorted_unique_dotted_by_area_and_have_a_text()
    {
        foreach (var language in Texts.Supported)
        {
            var keys = ReadKeys(language);
            var names = keys.Select(k => k.Key).ToList();
            names.ShouldBe(names.Order(StringComparer.Ordinal).ToList(), $"{language}.json: keys sorted alphabetically (ordinal)");
            names.Distinct().Count().ShouldBe(names.Count, $"{language}.json: a key written twice");
            names.Where(n => !Areas.Any(a => n.StartsWith(a + ".", StringComparison.Ordinal)) || !KeyShape().IsMatch(n)).ShouldBeEmpty($"{language}.json: keys not of the form area.name");
            keys.Where(k => string.IsNullOrWhiteSpace(k.Text)).Select(k => k.Key).ShouldBeEmpty($"{language}.json: keys without a text");
        }
    }

    [Fact]
    public void every_translation_has_the_placeholders_of_the_english_text()
    {
        var english = Texts.English.Entries;
        var differing = Texts.Supported.Skip(1).SelectMany(language => Texts.For(language).Entries
                .Where(e => english.TryGetValue(e.Key, out var en) && !Placeholders(en).SetEquals(Placeholders(e.Value)))
                .Select(e => $"{language}: {e.Key}"))
            .ToList();
        differing.ShouldBeEmpty();
    }

    [Fact]
    public void the_server_reads_the_same_texts_as_the_files_it_serves()
    {
        foreach (var language in Texts.Supported)
            Texts.For(language).Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ShouldBe(
                ReadKeys(language).Select(k => new KeyValuePair<string, string>(k.Key, k.Text)));
    }

    [Fact]
    public void every_vocabulary_name_has_its_words_in_every_language_and_every_type_its_help()
    {
        var wanted = Names.All<RelationshipType>().SelectMany(n => new[] { $"vocab.type.{n}", $"help.type.{n}" })
            .Concat(Names.All<Channel>().Select(n => $"vocab.channel.{n}"))
            .Concat(Names.All<Phase>().Select(n => $"vocab.phase.{n}"))
            .Concat(Names.All<Motivation>().Select(n => $"vocab.motivation.{n}"))
            .Concat(Names.All<Horizon>().Select(n => $"vocab.horizon.{n}"))
            .Concat(Names.All<CanvasBlock>().Select(n => $"vocab.block.{n}"))
            .Concat(Names.All<EnvironmentFactor>().Select(n => $"vocab.factor.{n}"))
            .Concat(Names.All<Impact>().Select(n => $"vocab.impact.{n}"))
            .Concat(Names.All<ReviewDecision>().Select(n => $"vocab.decision.{n}"))
            .Concat(Names.All<Role>().Select(n => $"vocab.role.{n}"));
        foreach (var language in Texts.Supported)
            wanted.Where(key => !Texts.For(language).Entries.ContainsKey(key)).ShouldBeEmpty($"{language}.json");
    }

    [Fact]
    public void every_key_used_by_a_page_a_script_or_the_server_is_in_the_files()
    {
        var used = UsedKeys().ToList();
        used.Where(u => !Texts.English.Entries.ContainsKey(u.Key)).Select(u => $"{u.File}: \"{u.Key}\"").Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void the_key_scan_finds_each_way_of_using_a_key()
    {
        var found = Scan("page.html", """<h1 data-i18n="page.a"></h1><input data-i18n-placeholder="page.b">""")
            .Concat(Scan("page.js", "t('page.c'); t(\"page.d\", { n: 1 }); t(`page.e`)"))
            .Concat(Scan("Page.cs", """texts["page.f"]; texts.Format("page.g", ("n", 1)); Texts.English [ "page.h" ]"""))
            .Select(u => u.Key);
        found.ShouldBe(["page.a", "page.b", "page.c", "page.d", "page.e", "page.f", "page.g", "page.h"], ignoreOrder: true);
    }

    private static IEnumerable<(string File, string Key)> UsedKeys()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}"))
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .ToList();
        files.ShouldContain(f => f.EndsWith("common.js", StringComparison.Ordinal), "the scan reads the pages' scripts");
        return files.SelectMany(f => Scan(Path.GetRelativePath(root, f), File.ReadAllText(f)));
    }

    /// <summary>
    /// The keys a file names literally: <c>data-i18n*="key"</c> in pages, <c>t('key'…)</c> in scripts, <c>texts["key"]</c>
    /// and <c>Format("key"…)</c> in C#. Keys put together at run time (a vocabulary name) are checked by the vocabulary test.
    /// </summary>
    private static IEnumerable<(string File, string Key)> Scan(string file, string text)
    {
        var pattern = Path.GetExtension(file) switch
        {
            ".html" => HtmlUse(),
            ".js" => ScriptUse(),
            _ => CSharpUse(),
        };
        return pattern.Matches(text).Select(m => (file, m.Groups["key"].Value));
    }

    [GeneratedRegex("""data-i18n(?:-[a-z-]+)?="(?<key>[^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex HtmlUse();

    [GeneratedRegex("""\bt\(\s*['"`](?<key>[a-z]+\.[A-Za-z0-9.\-]+)['"`]""")]
    private static partial Regex ScriptUse();

    [GeneratedRegex("""(?:\[\s*|\bFormat\(\s*)"(?<key>(?:page|nav|vocab|help|pack|error|console|csv|demo)\.[A-Za-z0-9.\-]+)"\s*[\],]""")]
    private static partial Regex CSharpUse();

    [GeneratedRegex(@"^[a-z][A-Za-z]*(\.[A-Za-z0-9][A-Za-z0-9\-]*)+$")]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet();

    /// <summary>The keys of a file in the order written (JsonDocument keeps the order and every duplicate).</summary>
    private static List<(string Key, string Text)> ReadKeys(string language)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(I18nFolder, $"{language}.json")));
        document.RootElement.ValueKind.ShouldBe(JsonValueKind.Object, $"{language}.json is one flat object");
        return document.RootElement.EnumerateObject().Select(p =>
        {
            p.Value.ValueKind.ShouldBe(JsonValueKind.String, $"{language}.json: \"{p.Name}\" is a text");
            return (p.Name, p.Value.GetString()!);
        }).ToList();
    }

    private static string I18nFolder => Path.Combine(RepositoryRoot(), "src", "Inventory.Api", "wwwroot", "i18n");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inventory.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"No Inventory.sln above {AppContext.BaseDirectory}");
    }
}
