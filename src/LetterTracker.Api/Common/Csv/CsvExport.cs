using System.Text.Json;
using CsvHelper;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LetterTracker.Api.Common.Csv;

/// <summary>
/// A list answered as CSV (Accept: text/csv, or ?format=csv): every row the filters match, not one
/// page, in the list's order, with its JSON fields as columns (<see cref="CsvColumns"/>). The rows are
/// read by running the list's own handler page after page with the largest page size, so the export
/// takes the same filters, sorts and keyset paging as the JSON list and streams as it reads: memory
/// stays one page however many rows there are. RFC 4180 (CRLF, quoted where needed), UTF-8, and a
/// cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading '.
/// </summary>
public static class CsvExport
{
    public const string MediaType = "text/csv";

    /// <summary>The query parameter that picks the format where the Accept header cannot be set (a link, a browser).</summary>
    public const string FormatParameter = "format";

    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    /// <summary>Answers the list as CSV when asked to; the file offered for download is named fileName.csv.</summary>
    public static RouteHandlerBuilder ExportsCsv(this RouteHandlerBuilder endpoint, string fileName)
    {
        endpoint.WithMetadata(new CsvExportMetadata(fileName), new TakesQueryParameter(FormatParameter));
        return endpoint.AddEndpointFilter(async (context, next) =>
            Requested(context.HttpContext.Request) ? await WriteAsync(context, next, fileName) : await next(context));
    }

    /// <summary>
    /// Whether the client asked for CSV: ?format=csv (json for the default), else an Accept header that
    /// rates text/csv above application/json (*/* and application/* do not count for JSON: a browser
    /// or curl sending them with text/csv wants the CSV).
    /// </summary>
    public static bool Requested(HttpRequest request)
    {
        if (request.Query.TryGetValue(FormatParameter, out var format))
        {
            return format.ToString() switch
            {
                "csv" => true,
                "json" => false,
                _ => throw ProblemException.Invalid(FormatParameter, $"'{format}' is not a format of this list: csv or json."),
            };
        }

        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double Quality(string mediaType) => accepted
            .Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return Quality(MediaType) > Quality(System.Net.Mime.MediaTypeNames.Application.Json);
    }

    private static async ValueTask<object?> WriteAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string fileName)
    {
        var http = context.HttpContext;
        var pageAt = PageArgument(context);
        if (context.Arguments[pageAt] is PageQuery { Limit: not null } or PageQuery { Cursor: not null })
        {
            throw ProblemException.Invalid(FormatParameter, "A CSV export holds every matching row: leave out limit and cursor.");
        }

        var pageSize = http.RequestServices.GetRequiredService<IOptions<PagingSettings>>().Value.MaxLimit;
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        CsvWriter? csv = null;
        try
        {
            string? cursor = null;
            do
            {
                context.Arguments[pageAt] = new PageQuery(pageSize, cursor);
                // Bad filters are refused by the first page, before anything is written: a problem as usual.
                var page = (IPage)((IValueHttpResult)(await next(context))!).Value!;
                var columns = CsvColumns.Of(page.ItemType, json);
                csv ??= await StartAsync(http, columns, fileName);
                foreach (var item in page.Rows)
                {
                    columns.WriteRow(csv, item);
                    await csv.EndRecordAsync(http.RequestAborted);
                }

                await csv.FlushAsync(http.RequestAborted);
                cursor = page.NextCursor;
            }
            while (cursor is not null);
        }
        finally
        {
            if (csv is not null)
            {
                await csv.DisposeAsync();
            }
        }

        return Results.Empty;
    }

    /// <summary>The CSV of these items, whole, as a string: for the OpenAPI document's examples.</summary>
    public static string Write(Type itemType, IEnumerable<object> items, JsonSerializerOptions json)
    {
        var columns = CsvColumns.Of(itemType, json);
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            columns.WriteHeader(csv);
            csv.EndRecord();
            foreach (var item in items)
            {
                columns.WriteRow(csv, item);
                csv.EndRecord();
            }
        }

        return text.ToString();
    }

    private static async Task<CsvWriter> StartAsync(HttpContext http, CsvColumns columns, string fileName)
    {
        // The handler set a Link to its next page; the export has no pages.
        http.Response.Headers.Remove(HeaderNames.Link);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = $"{MediaType}; charset=utf-8; header=present";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.csv\"";
        var csv = CsvWriter.Create(http.Response.Body, Options, leaveOpen: true);
        columns.WriteHeader(csv);
        await csv.EndRecordAsync(http.RequestAborted);
        return csv;
    }

    private static int PageArgument(EndpointFilterInvocationContext context)
    {
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            if (context.Arguments[i] is PageQuery)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{context.HttpContext.Request.Path} exports CSV but its handler takes no PageQuery.");
    }
}

/// <summary>Marks a list that answers CSV; the OpenAPI document describes its text/csv response and format parameter.</summary>
public sealed record CsvExportMetadata(string FileName);
