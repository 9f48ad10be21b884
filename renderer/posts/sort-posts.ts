// The order lives in core so that `postwright list` sorts exactly as the app's post list does.
export { postSorts, sortPosts, type PostSort } from '../../core/workspace/sort-posts';
