using Inventory.Api.Access;
using Inventory.Api.Imports;
using JasperFx.CommandLine;
using Marten;
using Spectre.Console;

namespace Inventory.Api.Cli;

public sealed class ImportInput : NetCoreInput
{
    [Description("What the file holds: usage, satisfaction or cost")]
    public ImportKind Kind { get; set; }

    [Description("The CSV file (header row; see the README for the columns)")]
    public string File { get; set; } = "";

    [Description("The organization's id"), FlagAlias("org", true)]
    public string OrgFlag { get; set; } = Organization.DefaultId;
}

/// <summary><c>import usage FILE --org ORG</c>: validates every row, then records all of them or none, with a progress bar.</summary>
[Description("Imports a CSV file of monthly usage, satisfaction or cost revisions", Name = "import")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public ImportCommand()
    {
        Usage("Import a file").Arguments(x => x.Kind, x => x.File);
    }

    public override async Task<bool> Execute(ImportInput input)
    {
        if (!System.IO.File.Exists(input.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No file {input.File}[/]");
            return false;
        }

        var lines = System.IO.File.ReadLines(input.File).LongCount();
        using var host = input.BuildHost();
        await using var _ = new EmbeddedClusterScope(host.Services);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await Projections.StorageSchema.EnsureAsync(store, host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
        await using var session = store.LightweightSession(input.OrgFlag);
        session.LastModifiedBy = $"import:{Path.GetFileName(input.File)}";
        var organization = await session.LoadAsync<Organization>(input.OrgFlag);
        if (organization is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No organization {input.OrgFlag}[/]");
            return false;
        }

        try
        {
            ImportResult? result = null;
            await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var reading = progress.AddTask("Reading and checking rows", maxValue: Math.Max(1, lines - 1));
                    using var reader = System.IO.File.OpenText(input.File);
                    var (rows, errors) = ImportFile.Parse(input.Kind, reader,
                        Domain.Figures.YearMonth.Of(DateOnly.FromDateTime(host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)),
                        line => reading.Value = line - 1);
                    reading.Value = reading.MaxValue;
                    if (errors.Count > 0) throw new ImportRejected(errors);

                    var deciding = progress.AddTask("Checking against the portfolios", maxValue: Math.Max(1, rows.Count));
                    result = await Importer.ImportAsync(session, input.Kind, rows, organization.Currency, await ImportSource.OfFileAsync(input.File),
                        done => deciding.Value = done);
                    var saving = progress.AddTask("Recording", maxValue: 1);
                    await session.SaveChangesAsync();
                    saving.Value = 1;
                });
            AnsiConsole.MarkupLineInterpolated($"Imported {result!.Rows} rows into {result.Segments} segments ({result.Events} events).");
            return true;
        }
        catch (ImportRejected rejected)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Rejected: {rejected.Errors.Count} bad rows, nothing recorded.[/]");
            foreach (var error in rejected.Errors.Take(200)) AnsiConsole.MarkupLineInterpolated($"  line {error.Line}, {error.Column}: {error.Message}");
            return false;
        }
    }
}
