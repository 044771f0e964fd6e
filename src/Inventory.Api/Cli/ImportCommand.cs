using Inventory.Api.Database;
using Inventory.Api.Segments;
using Inventory.Api.Access;
using Inventory.Api.Imports;
using JasperFx.CommandLine;
using Marten;
using Spectre.Console;

namespace Inventory.Api.Cli;

public sealed class ImportInput : NetCoreInput
{
    [Description("What the file holds: usage, satisfaction, cost or outcomes")]
    public ImportKind Kind { get; set; }

    [Description("The CSV file (header row; see the README for the columns)")]
    public string File { get; set; } = "";

    [Description("The organization's id"), FlagAlias("org", true)]
    public string OrgFlag { get; set; } = Organization.DefaultId;
}

/// <summary><c>import usage FILE --org ORG</c>: validates every row, then records all of them or none, with a progress bar.</summary>
[Description("Imports a CSV file of monthly usage, satisfaction, cost revisions or segment outcomes", Name = "import")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    /// <summary>An import row's problem in the console's language: error.&lt;code&gt; with its values, or the English message.</summary>
    public static string ErrorText(Languages.Texts texts, ImportError error)
    {
        if (texts.Language == Languages.Texts.Default || !texts.Entries.ContainsKey($"error.{error.Code}")) return error.Message;
        var text = texts.Format($"error.{error.Code}", error.Args.Select(a => (a.Key, (object?)a.Value)).ToArray());
        return text.Contains('{') ? error.Message : text;
    }

    public ImportCommand()
    {
        Usage("Import a file").Arguments(x => x.Kind, x => x.File);
    }

    public override async Task<bool> Execute(ImportInput input)
    {
        var texts = ConsoleTexts.Current;
        if (!System.IO.File.Exists(input.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{texts.Format("console.import.noFile", ("file", input.File))}[/]");
            return false;
        }

        var lines = System.IO.File.ReadLines(input.File).LongCount();
        using var host = input.BuildHost();
        await using var _ = new EmbeddedClusterScope(host.Services);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await StorageSchema.EnsureAsync(store, host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
        await using var session = store.LightweightSession(input.OrgFlag);
        session.LastModifiedBy = $"import:{Path.GetFileName(input.File)}";
        var organization = await session.LoadAsync<Organization>(input.OrgFlag);
        if (organization is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{texts.Format("console.import.noOrganization", ("organization", input.OrgFlag))}[/]");
            return false;
        }

        try
        {
            ImportResult? result = null;
            await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var reading = progress.AddTask(Markup.Escape(texts["console.import.reading"]), maxValue: Math.Max(1, lines - 1));
                    using var reader = System.IO.File.OpenText(input.File);
                    var (rows, errors) = ImportFile.Parse(input.Kind, reader,
                        Domain.Figures.YearMonth.Of(DateOnly.FromDateTime(host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)),
                        line => reading.Value = line - 1);
                    reading.Value = reading.MaxValue;
                    if (errors.Count > 0) throw new ImportRejected(errors);

                    var deciding = progress.AddTask(Markup.Escape(texts["console.import.deciding"]), maxValue: Math.Max(1, rows.Count));
                    result = await Importer.ImportAsync(session, input.Kind, rows, organization.Currency, await ImportSource.OfFileAsync(input.File),
                        done => deciding.Value = done);
                    var saving = progress.AddTask(Markup.Escape(texts["console.import.recording"]), maxValue: 1);
                    await session.SaveChangesAsync();
                    saving.Value = 1;
                });
            AnsiConsole.MarkupLineInterpolated($"{texts.Format("console.import.done", ("rows", result!.Rows), ("segments", result.Segments), ("events", result.Events))}");
            return true;
        }
        catch (ImportRejected rejected)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{texts.Format("console.import.rejected", ("count", rejected.Errors.Count))}[/]");
            foreach (var error in rejected.Errors.Take(200))
            {
                // The row's own message in the console's language when its code has a text with nothing left to fill in; else the English detail.
                var message = ErrorText(texts, error);
                AnsiConsole.MarkupLineInterpolated($"  {texts.Format("console.import.row", ("line", error.Line), ("column", error.Column), ("message", message))}");
            }
            return false;
        }
    }
}
