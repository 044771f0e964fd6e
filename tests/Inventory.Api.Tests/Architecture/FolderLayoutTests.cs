using System.Text.RegularExpressions;

namespace Inventory.Api.Tests.Architecture;

/// <summary>
/// The source folders as written: no folder depends on another in a loop (read from the <c>using Inventory.X.Y</c>
/// directives and fully qualified names of each folder's files), and the folder map in docs/architecture.md lists
/// every folder of the two projects and no other.
/// </summary>
public sealed partial class FolderLayoutTests
{
    public static TheoryData<string> Projects => new() { "Inventory.Api", "Inventory.Domain" };

    [Theory]
    [MemberData(nameof(Projects))]
    public void no_folder_depends_on_another_in_a_loop(string project)
    {
        var graph = FolderGraph(project);
        var loops = Loops(graph).Select(loop => string.Join(" -> ", loop)).ToList();
        loops.ShouldBeEmpty($"{project}: folders that depend on each other in a loop (a reference names the file it is in)");
    }

    [Fact]
    public void the_loop_check_finds_a_loop()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>
        {
            ["A"] = new() { ["B"] = "A/X.cs" },
            ["B"] = new() { ["C"] = "B/Y.cs" },
            ["C"] = new() { ["A"] = "C/Z.cs" },
            ["D"] = new() { ["A"] = "D/W.cs" },
        };
        Loops(graph).Single().ShouldBe(["A", "B (A/X.cs)", "C (B/Y.cs)", "A (C/Z.cs)"]);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void the_folder_map_in_docs_architecture_lists_every_folder(string project)
    {
        var mapped = MappedFolders(project);
        var folders = Folders(project);
        folders.Except(mapped).ShouldBeEmpty($"folders of src/{project} missing from the map in docs/architecture.md");
        mapped.Except(folders).ShouldBeEmpty($"folders in docs/architecture.md's map of src/{project} that are not in the tree");
    }

    private static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inventory.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException($"No Inventory.sln above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>Every folder holding source (C# files, or the web root), as a path relative to the project: "Portfolio/Decisions".</summary>
    private static SortedSet<string> Folders(string project)
    {
        var projectDirectory = Path.Combine(Root, "src", project);
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(projectDirectory, Path.GetDirectoryName(file)!).Replace('\\', '/');
            if (relative == "." || relative.Split('/')[0] is "bin" or "obj") continue;
            folders.Add(relative);
        }

        if (Directory.Exists(Path.Combine(projectDirectory, "wwwroot"))) folders.Add("wwwroot");
        return folders;
    }

    /// <summary>The folders the map names under "src/{project}/": indented lines that start with "Name/" (or "Name/Sub/").</summary>
    private static SortedSet<string> MappedFolders(string project)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "docs", "architecture.md"));
        var start = Array.FindIndex(lines, l => l.TrimEnd() == $"src/{project}/");
        start.ShouldBeGreaterThanOrEqualTo(0, $"docs/architecture.md has a map of src/{project}/ (a line of its own)");
        var mapped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.StartsWith(' ')))
        {
            if (MapEntry().Match(line) is { Success: true } entry) mapped.Add(entry.Groups[1].Value.TrimEnd('/'));
        }

        return mapped;
    }

    /// <summary>Folder → the folders its files name, each with the first file that does.</summary>
    private static Dictionary<string, Dictionary<string, string>> FolderGraph(string project)
    {
        var projectDirectory = Path.Combine(Root, "src", project);
        var folders = Folders(project).Select(f => f.Replace('/', '.')).ToHashSet(StringComparer.Ordinal);
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relativeFile = Path.GetRelativePath(projectDirectory, file).Replace('\\', '/');
            var folder = Path.GetDirectoryName(relativeFile)!.Replace('\\', '/').Replace('/', '.');
            if (!folders.Contains(folder)) continue;
            foreach (var line in File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            {
                foreach (Match reference in Regex.Matches(line, Regex.Escape(project) + @"\.([A-Z][\w.]*)"))
                {
                    // The longest folder the name starts with: "Portfolio.Decisions.X" is in Portfolio/Decisions.
                    var parts = reference.Groups[1].Value.Split('.');
                    var target = Enumerable.Range(1, parts.Length).Reverse().Select(n => string.Join('.', parts.Take(n))).FirstOrDefault(folders.Contains);
                    if (target is null || target == folder) continue;
                    var edges = graph.TryGetValue(folder, out var found) ? found : graph[folder] = new(StringComparer.Ordinal);
                    edges.TryAdd(target, relativeFile);
                }
            }
        }

        return graph;
    }

    /// <summary>Each loop once, as the folders walked and the file that makes each step.</summary>
    private static List<List<string>> Loops(Dictionary<string, Dictionary<string, string>> graph)
    {
        var loops = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<(string Folder, string? Via)> { (start, null) };
            Walk(start);

            void Walk(string folder)
            {
                if (!graph.TryGetValue(folder, out var edges)) return;
                foreach (var (next, via) in edges.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (next == start)
                    {
                        var key = string.Join(",", path.Select(p => p.Folder).Order(StringComparer.Ordinal));
                        if (seen.Add(key)) loops.Add([.. path.Select(p => p.Via is null ? p.Folder : $"{p.Folder} ({p.Via})"), $"{next} ({via})"]);
                        continue;
                    }

                    if (path.Any(p => p.Folder == next) || string.CompareOrdinal(next, start) < 0) continue;
                    path.Add((next, via));
                    Walk(next);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return loops;
    }

    [GeneratedRegex(@"^\s+((?:[A-Za-z]\w*/)+)\s")]
    private static partial Regex MapEntry();
}
