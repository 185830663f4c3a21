export default defineBackground(() => {
  // wired in lib/ (see registerBackground)
});
