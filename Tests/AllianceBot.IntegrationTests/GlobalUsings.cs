global using Microsoft.AspNetCore.Hosting;
global using Microsoft.AspNetCore.Http.Features;
