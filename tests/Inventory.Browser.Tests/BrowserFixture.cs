using System.Text.Json;
using System.Net.Http.Json;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Inventory.Browser.Tests.BrowserFixture))]

namespace Inventory.Browser.Tests;

/// <summary>The host as a real process with the demo company loaded, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TestPostgres _postgres = null!;
    private string _connectionString = null!;
    private HostProcess _host = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The API as the default organization's admin, for setting up what a test needs besides the demo.</summary>
    public HttpClient Api { get; private set; } = null!;
    public string Url => _host.Url;
    public string AdminKey { get; } = ApiKey.Generate();

    /// <summary>Where screenshots and the printed pack go: test artifacts.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(Repository(), "TestResults", "browser")).FullName;

    /// <summary>Where a test saves a screenshot or a download.</summary>
    public static string Shot(string name) => Path.Combine(Artifacts, name);

    /// <summary>The day the demo's history ends in these tests: 2025-Q1 to 2026-Q4, its closed review 2025-Q4.</summary>
    public const string DemoEndsOn = "2026-11-27";

    /// <summary>Every page of the app on the demo company, by name: the closed 2025-Q4 review and an open 2025-Q2 one among them.</summary>
    public async Task<IReadOnlyList<(string Name, string Path)>> TourPagesAsync()
    {
        var segments = await Api.GetFromJsonAsync<JsonElement>("/api/segments");
        var sport = segments.EnumerateArray().First(s => s.GetProperty("name").GetString() == "Sport riders").GetProperty("segmentId").GetString();
        var segment = await Api.GetFromJsonAsync<JsonElement>($"/api/segments/{sport}");
        var relationship = segment.GetProperty("relationships").EnumerateArray().First(r => r.GetProperty("usage").GetArrayLength() > 0).GetProperty("relationshipId").GetString();
        var reviews = await Api.GetFromJsonAsync<JsonElement>("/api/reviews");
        var closed = reviews.GetProperty("reviews").EnumerateArray().First(r => r.GetProperty("period").GetString() == "2025-Q4").GetProperty("reviewId").GetString();
        // Tours run in parallel: whichever opens the 2025-Q2 review first, every tour then finds it.
        if (!reviews.GetProperty("reviews").EnumerateArray().Any(r => r.GetProperty("period").GetString() == "2025-Q2"))
            await Api.PostAsJsonAsync("/api/reviews", new { period = "2025-Q2", title = "Tour review" });
        var openId = await ReviewIdAsync("2025-Q2");
        return
        [
            ("dashboard", "/"), ("segment", $"/segment.html?id={sport}"), ("relationship", $"/relationship.html?id={relationship}&segment={sport}"),
            ("reviews", "/reviews.html"), ("review-closed", $"/review.html?id={closed}"), ("review-open", $"/review.html?id={openId}"), ("compare", $"/compare.html?review={closed}"),
            ("audit", "/audit.html"), ("keys", "/keys.html"), ("review-pack-open", $"/api/reviews/{openId}?format=html"), ("review-pack", $"/api/reviews/{closed}?format=html"),
        ];
    }

    /// <summary>The id of the demo company's review of <paramref name="period"/>.</summary>
    public async Task<string> ReviewIdAsync(string period)
    {
        var reviews = await Api.GetFromJsonAsync<JsonElement>("/api/reviews");
        return reviews.GetProperty("reviews").EnumerateArray().First(r => r.GetProperty("period").GetString() == period).GetProperty("reviewId").GetString()!;
    }

    /// <summary>The id of the demo company's segment named <paramref name="name"/>.</summary>
    public async Task<string> SegmentIdAsync(string name)
    {
        var segments = await Api.GetFromJsonAsync<JsonElement>("/api/segments");
        return segments.EnumerateArray().First(s => s.GetProperty("name").GetString() == name).GetProperty("segmentId").GetString()!;
    }

    public async ValueTask InitializeAsync()
    {
        _postgres = await TestPostgres.SharedAsync();
        _connectionString = await _postgres.CreateDatabaseAsync("browser");
        _host = await HostProcess.StartAsync(_connectionString, AdminKey, new Dictionary<string, string>
        {
            ["Inventory__Demo"] = "true",
            // The tests name the demo's quarters (its closed 2025-Q4 review, 2025-Q1 …): its history ends on the same day whenever they run.
            ["Inventory__DemoEndsOn"] = DemoEndsOn,
        });
        Api = new HttpClient { BaseAddress = new Uri(_host.Url) };
        Api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminKey);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("INVENTORY_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A fresh page already signed in as the default organization's admin; with a <paramref name="locale"/>, a browser
    /// set to that language (navigator.languages and Accept-Language), whose sign-in page is already in it.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(int width = 1280, int height = 900, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = Url, Locale = locale });
        var page = await context.NewPageAsync();
        GuardContentSecurityPolicy(page);
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => " +
            "console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`))");
        await page.GotoAsync("/signin.html");
        if (locale is null)
        {
            await page.GetByLabel("API key").FillAsync(AdminKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        }
        else
        {
            await page.Locator("#key").FillAsync(AdminKey);
            await page.Locator("form[action='/signin'] button[type=submit]").ClickAsync();
        }
        await UrlAsync(page, "signin", matches: false);
        await Ready(page);
        return page;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, System.Collections.Concurrent.ConcurrentQueue<string>> CspViolations = new();

    /// <summary>
    /// Records every Content-Security-Policy violation the page reports (Chromium's console error; signed-in pages also
    /// log each <c>securitypolicyviolation</c> event): <see cref="Ready"/> and <see cref="UrlAsync"/> then fail the test.
    /// </summary>
    public static void GuardContentSecurityPolicy(IPage page)
    {
        var violations = CspViolations.GetValue(page, _ => new());
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Enqueue($"{page.Url}: {m.Text}");
        };
    }

    private static void AssertNoCspViolation(IPage page)
    {
        if (CspViolations.TryGetValue(page, out var violations) && !violations.IsEmpty)
            throw new InvalidOperationException("The page broke its Content-Security-Policy:\n" + string.Join("\n", violations));
    }

    /// <summary>What the page logs, loads and fails to load: said when a wait times out, instead of only "timeout".</summary>
    public static System.Collections.Concurrent.ConcurrentQueue<string> Watch(IPage page)
    {
        GuardContentSecurityPolicy(page);
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, m) => seen.Enqueue($"console {m.Type}: {m.Text}");
        page.PageError += (_, e) => seen.Enqueue($"page error: {e}");
        page.Response += (_, r) => seen.Enqueue($"{r.Status} {r.Url}");
        page.RequestFailed += (_, r) => seen.Enqueue($"failed {r.Url}: {r.Failure}");
        page.FrameNavigated += (_, f) => seen.Enqueue($"navigated {f.Url}");
        return seen;
    }

    public static async Task Explained(Task wait, IPage page, System.Collections.Concurrent.ConcurrentQueue<string> seen)
    {
        try
        {
            await wait;
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            throw new TimeoutException($"{e.Message}\nAt {page.Url}; the page saw:\n{string.Join("\n", seen)}", e);
        }
    }

    /// <summary>
    /// Waits until the page's address matches (or stops matching): polled, because waiting for the navigation event
    /// can miss a navigation a script starts right after the page loads, and then waits forever.
    /// </summary>
    public static async Task UrlAsync(IPage page, string part, bool matches = true)
    {
        var pattern = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(part));
        var options = new PageAssertionsToHaveURLOptions { Timeout = 30_000 };
        if (matches) await Assertions.Expect(page).ToHaveURLAsync(pattern, options);
        else await Assertions.Expect(page).Not.ToHaveURLAsync(pattern, options);
        await page.WaitForLoadStateAsync(LoadState.Load);
        AssertNoCspViolation(page);
    }

    public static async Task Ready(IPage page)
    {
        await page.WaitForSelectorAsync("body[data-ready=true]", new() { Timeout = 30_000 });
        AssertNoCspViolation(page);
    }

    /// <summary>axe-core from npm (see package.json; the build restores it).</summary>
    private static readonly Lazy<string> AxeScript = new(() =>
        File.ReadAllText(Path.Combine(Repository(), "tests", "Inventory.Browser.Tests", "node_modules", "axe-core", "axe.min.js")));

    /// <summary>Runs axe-core on the page; answers its serious and critical violations, each with the elements it names.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'")) await page.EvaluateAsync(AxeScript.Value + "\n;true"); // evaluated by the driver: a CSP of 'self' scripts does not block it
        var found = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`)
            """);
        return found.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>Words on the page still in the API's camelCase (a vocabulary name not turned into words).</summary>
    public static async Task<IReadOnlyList<string>> RawNamesAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>("""
            () => [...new Set((document.body.innerText.match(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g) || []))]
            """);
        return found;
    }

    /// <summary>How far the page is wider than the viewport (0 when nothing is cut off sideways).</summary>
    public static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _host.StopAsync();
        await _host.DisposeAsync();
        await _postgres.DropDatabaseAsync(_connectionString);
        await TestPostgres.ReleaseSharedAsync();
    }

    public static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inventory.sln"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
