using OpenData.Api.ApiInfo;
using OpenData.Api.Data;
using OpenData.Api.Health;
using OpenData.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultLocalUrl();
builder.AddApiJson();
builder.AddProblemDetailsErrors();
builder.AddOpenDataDatabase();
builder.AddApiInfo();
builder.AddApiDocumentation();

var app = builder.Build();

await app.InitialiseDatabaseAsync();

app.UseProblemDetailsErrors();
app.MapApiDocumentation();
app.MapApiInfoApi();
app.MapHealthApi();

app.Run();

public partial class Program;
