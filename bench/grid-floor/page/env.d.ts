// What Vite gives the floor page's imports (vite/client is not a dependency of the bench).
declare module '*?url' {
  const url: string;
  export default url;
}
